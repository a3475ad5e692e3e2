# Builds 29-docx-whole-issue.docx: a whole issue as a .docx of plain
# paragraphs (no styles, no alignment), one paragraph per line of the
# equivalent text issue. Run: python3 29-docx-whole-issue.py
import zipfile

LINES = [
    "某县人民政府公报",
    "2023年第4期",
    "目　　录",
    "县政府办公室文件",
    "某县人民政府办公室关于印发某县农村人居环境整治实施方案的通知……………1",
    "某县人民政府办公室关于印发某县农村人居环境整治实施方案的通知",
    "某府办发〔2023〕7号",
    "各乡镇人民政府，县政府各部门：",
    "现将《某县农村人居环境整治实施方案》印发给你们，请认真贯彻执行。",
    "某县人民政府办公室",
    "2023年3月10日",
]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in LINES)
doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
with zipfile.ZipFile("29-docx-whole-issue.docx", "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr("word/document.xml", doc)
