// Package importer reads the text of a gazette — a whole issue or one
// document, from a .txt, .md or .docx file or the clipboard — into the
// domain model, listing every character it did not keep (Report.Removed)
// and every guess an editor should check (Warning).
//
// It works in stages, each a function over the output of the one before:
//
//  0. which reader (exported.go): a text that opens with the exchange
//     form's gazette:issue comment is read exactly by exchange.ReadText;
//     anything else goes through the stages below.
//  1. decode (decode.go, docx.go): bytes → text. Decode(name, data) string
//     guesses UTF-8, UTF-16 or GB18030; DocxText(name, data) string turns a
//     Word document into the same text dialect.
//  2. lines (lines.go): text → []srcLine. splitLines classifies each line
//     (heading marks, table rows, comments, hard breaks, its indent and
//     width for wrap.go); parser.decodeEntities (entities.go) reads the
//     HTML entities of a web page's text as what they stand for,
//     parser.dropEntityTails removes broken ones left at line ends,
//     parser.dropRules (record.go) rules drawn with characters;
//     parser.joinWrappedNotes joins a 题注 wrapped over lines (docstart.go).
//  3. page furniture (furniture.go): []srcLine → []srcLine.
//     parser.learnFurniture(to) furniture learns the name, number
//     and date from its masthead; parser.dropFurniture(from, furniture)
//     blanks and lists the running heads and folios (runninghead.go: the
//     forms of a running head, furnitureFrom, a date or section name
//     alone; continued.go: the 续表 labels).
//  4. segmentation (segment.go): []srcLine → masthead end and []segment,
//     one per article; parser.segments asks the printed 目录 (parser.preTOC,
//     toc.allows, toc.lists) where an item begins; parser.tocLines
//     (tocend.go) marks the 目录's lines and where it ends, and
//     parser.noNumberStarts (docstart.go) finds the documents without a
//     文号 line (题注 heads, titles the 目录 lists, numbered 公告). The masthead
//     (masthead.go; masthead_lines.go, issue_number.go) is read into the
//     issue, its 目录 into a toc whose
//     entries then name each article's section (toc.sectionOf, toc.check).
//     An imprint printed after the last document (imprint.go) is cut from
//     it and read into the colophon, with the labels the source printed
//     (colophon_labels.go).
//  5. document head (head.go): a segment's lines → the article's title,
//     issuers, 文号, date, addressee or subtitle, and the first body line:
//     parser.head, a headReader with one method a part of the head
//     (head_signer.go: 签发人 lines; spacing.go: letter-spaced titles).
//  6. body blocks (blocks.go; numbered.go, tables.go, table_spans.go,
//     units.go, foot.go, wrap.go, joins.go, bodyspacing.go): the rest of
//     the segment → []gazette.Block:
//     paragraphs joined where a break or a hard wrap cut them, numbered headings and
//     lead-ins, tables, line units kept one a line, lists, the signature at
//     the foot (parser.footSignature, found first), attachments
//     (body.parse).
//
// ParseIssue runs stages 2–6 on a whole issue, ParseDocument stages 2, 3,
// 5 and 6 on one document; ParseDocuments (documents.go) runs stage 4 on a
// text without masthead, cut only at documents' heads, then 5 and 6 on each
// document; ReadIssue and ReadFile (and PasteDocuments) add stage 1.
package importer
