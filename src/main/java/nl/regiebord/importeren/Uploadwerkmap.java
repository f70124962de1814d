package nl.regiebord.importeren;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An uploaded workbook opened read-only; closing it lets go of the file without ever writing to it. */
record Uploadwerkmap(XSSFWorkbook werkmap) implements AutoCloseable {

    @Override
    public void close() {
        werkmap.getPackage().revert();
    }
}
