package org.learningsociety.core.persistence;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.persistence.PlanVersionMapper.VersionRow;
import org.learningsociety.core.plan.PlanVersions;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.Transactions;

/** The plans' versions in {@code ls_plan_version}, one row per plan and version number, never changed. */
final class MyBatisPlanVersions implements PlanVersions {

    private final PlanVersionMapper mapper;
    private final Transactions transactions;

    MyBatisPlanVersions(SqlSession session, Transactions transactions) {
        this.mapper = session.getMapper(PlanVersionMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public long add(PlanVersion version) {
        VersionRow row = new VersionRow();
        row.planId = version.planId();
        row.version = version.version();
        row.origin = version.origin().name();
        row.content = version.yaml();
        row.contentSha256 = version.sha256();
        row.changedBy = version.changedBy().length() > 500 ? version.changedBy().substring(0, 500) : version.changedBy();
        row.changedAt = version.changedAt().atOffset(ZoneOffset.UTC);
        return transactions.inTransaction(() -> {
            SqlErrors.uniqueAsConflict(() -> mapper.insert(row), () -> new ConflictException(
                    ConflictException.Kind.CONCURRENT_CHANGE, "version", version.version(), "Kế hoạch "
                    + version.planId() + " đã có phiên bản " + version.version()));
            return row.id;
        });
    }

    @Override
    public Optional<PlanVersion> find(String planId, int version) {
        return Optional.ofNullable(mapper.find(planId, version)).map(MyBatisPlanVersions::version);
    }

    @Override
    public List<PlanVersion> of(String planId) {
        return mapper.of(planId).stream().map(MyBatisPlanVersions::version).toList();
    }

    private static PlanVersion version(VersionRow row) {
        return new PlanVersion(row.id, row.planId, row.version, Origin.valueOf(row.origin), row.content,
                row.contentSha256, row.changedBy, row.changedAt.toInstant());
    }
}
