// Package markup reads the marks of the gazette text dialect — the little
// Markdown that exchange.WriteText writes and the importer reads in any
// text: inline runs (**bold**, <sup>, <sub>), the numbering that opens a
// heading or paragraph (一、 （一） 1. （1） 第X章 第X节 第X条, GB/T 9704-2012
// §7.3.3), pipe tables with spanned cells and data-URI images. It holds no
// heuristics: what a mark says is read the same way by both.
package markup
