package io.github.kaohe.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a workbook's zip by hand, part by part, for workbooks no spreadsheet program would write:
 * millions of rows, shared strings of gigabytes, cells past every limit. The parts stream through
 * the compressor, so that a file of a megabyte can unzip to hundreds.
 */
final class RawXlsx {
  /** Writes a part's XML. */
  interface Part {
    void write(Writer out) throws IOException;
  }

  private RawXlsx() {}

  /** A workbook of one sheet named {@code sheet}, its XML and its shared strings' (none if null). */
  static Path write(Path file, String sheet, Part sheetData, Part sharedStrings) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_SPEED);
      text(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
          <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
          <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
          %s
          </Types>""".formatted(sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType="
          + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"));
      text(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
          </Relationships>""");
      text(zip, "xl/workbook.xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
          <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>
          </workbook>""".formatted(sheet));
      text(zip, "xl/_rels/workbook.xml.rels", """
          <?xml version="1.0" encoding="UTF-8"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
          </Relationships>""");
      text(zip, "xl/styles.xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
          <cellXfs count="1"><xf numFmtId="0"/></cellXfs>
          </styleSheet>""");
      part(zip, "xl/worksheets/sheet1.xml", w -> {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
            + "spreadsheetml/2006/main\"><sheetData>");
        sheetData.write(w);
        w.write("</sheetData></worksheet>");
      });
      if (sharedStrings != null) {
        part(zip, "xl/sharedStrings.xml", w -> {
          w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/"
              + "spreadsheetml/2006/main\">");
          sharedStrings.write(w);
          w.write("</sst>");
        });
      }
    }
    return file;
  }

  private static void text(ZipOutputStream zip, String name, String text) throws IOException {
    part(zip, name, w -> w.write(text));
  }

  private static void part(ZipOutputStream zip, String name, Part part) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    Writer w = new java.io.BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    part.write(w);
    w.flush();
    zip.closeEntry();
  }
}
