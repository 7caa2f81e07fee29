package org.learningsociety.core.subject;

import java.io.IOException;
import java.util.function.Consumer;
import org.learningsociety.core.shared.Csv;

/**
 * The rows of an uploaded file (CSV or a workbook's sheet), header first, read afresh each time it
 * is asked: a province-size import reads its file twice, checked whole first, then stored.
 */
@FunctionalInterface
public interface RowSource {

    void forEach(Consumer<Csv.Row> each) throws IOException;
}
