package org.jisr.adapter.xlsx.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jisr.adapter.tabular.internal.Grid;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one sheet of an old {@code .xls} workbook (read whole by POI: the format holds at
 * most 65,536 rows), as typed cells: numbers as the spreadsheet shows them ({@code 42159}, not
 * {@code 42159.0}), date cells as dates, formulas by their cached value.
 */
final class XlsRows implements Grid.RowSource {

    private final Iterator<Row> rows;

    XlsRows(Sheet sheet) {
        this.rows = sheet.rowIterator();
    }

    @Override
    public Optional<Grid.Row> next() {
        if (!rows.hasNext()) {
            return Optional.empty();
        }
        Row row = rows.next();
        List<Grid.Cell> cells = new ArrayList<>();
        for (Cell cell : row) {
            Object value = value(cell, cell.getCellType());
            if (value != null) {
                cells.add(new Grid.Cell(cell.getColumnIndex(), value, row.getRowNum() + 1, cell.getColumnIndex() + 1));
            }
        }
        return Optional.of(new Grid.Row(row.getRowNum() + 1, List.copyOf(cells)));
    }

    private static @Nullable Object value(Cell cell, CellType type) {
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue();
                }
                return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
            case BOOLEAN:
                return cell.getBooleanCellValue();
            case FORMULA:
                return value(cell, cell.getCachedFormulaResultType());
            default:
                return null;
        }
    }
}
