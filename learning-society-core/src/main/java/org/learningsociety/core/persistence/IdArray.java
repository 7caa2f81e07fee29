package org.learningsociety.core.persistence;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Ids bound as one SQL {@code BIGINT ARRAY} parameter ({@code #{ids}} in a mapper), instead of an
 * {@code IN (?, ?, …)} list of one parameter per id.
 *
 * <p>PostgreSQL answers {@code id = ANY(#{ids})} by index exactly as it does an {@code IN} list
 * (it turns the list into that array itself), with one statement text for any number of ids. H2 2.3
 * finds the rows of an {@code IN} list or an {@code = ANY} by index too, but then re-tests every row
 * it found against every value — 500 comparisons a row for a chunk of 500 — so the H2 statements
 * ({@code databaseId="h2"}) join the array instead: {@code FROM TABLE(x BIGINT = #{ids}) ids JOIN … ON
 * … = ids.x}, one index look-up per id and no re-test (docs/benchmarks.md has the province's figures).
 */
record IdArray(Collection<Long> ids) {

    /**
     * The most ids one array carries: H2 2.3 refuses an array longer than 65,536 ("Value too long for
     * column ARRAY"), which a report over the whole country (83,000 units) passes.
     */
    static final int MAX = 50_000;

    static IdArray of(Collection<Long> ids) {
        return new IdArray(List.copyOf(ids));
    }

    /** {@code ids} as arrays of at most {@link #MAX} ids each, in order (one array for most calls). */
    static List<IdArray> chunksOf(List<Long> ids) {
        List<IdArray> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX) {
            chunks.add(of(ids.subList(from, Math.min(ids.size(), from + MAX))));
        }
        return chunks;
    }

    /** The MyBatis binding of an {@link IdArray} parameter, registered by {@link MyBatisPersistence}. */
    static final class Binding extends BaseTypeHandler<IdArray> {

        @Override
        public void setNonNullParameter(PreparedStatement statement, int index, IdArray ids, JdbcType jdbcType)
                throws SQLException {
            statement.setArray(index, statement.getConnection().createArrayOf("BIGINT", ids.ids().toArray()));
        }

        @Override
        public IdArray getNullableResult(ResultSet rs, String columnName) {
            throw new UnsupportedOperationException("IdArray binds parameters only");
        }

        @Override
        public IdArray getNullableResult(ResultSet rs, int columnIndex) {
            throw new UnsupportedOperationException("IdArray binds parameters only");
        }

        @Override
        public IdArray getNullableResult(CallableStatement cs, int columnIndex) {
            throw new UnsupportedOperationException("IdArray binds parameters only");
        }
    }
}
