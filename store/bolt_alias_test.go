package store

import bolt "go.etcd.io/bbolt"

type bbTx = bolt.Tx
