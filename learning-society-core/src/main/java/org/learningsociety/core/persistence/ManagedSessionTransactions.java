package org.learningsociety.core.persistence;

import java.util.Objects;
import java.util.function.Supplier;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionManager;
import org.learningsociety.core.shared.Transactions;

/**
 * Transactions on MyBatis's thread-bound managed session: the outermost call starts the session,
 * commits it when the work returns and rolls it back when the work throws; nested calls join it.
 */
final class ManagedSessionTransactions implements Transactions {

    private final SqlSessionManager sessions;

    ManagedSessionTransactions(SqlSessionManager sessions) {
        this.sessions = Objects.requireNonNull(sessions);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (sessions.isManagedSessionStarted()) {
            return work.get();
        }
        sessions.startManagedSession(ExecutorType.SIMPLE);
        try {
            T result = work.get();
            // forced: writes made through JDBC batches on the session's connection do not mark it dirty
            sessions.commit(true);
            return result;
        } catch (RuntimeException | Error e) {
            try {
                sessions.rollback(true);
            } catch (RuntimeException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } finally {
            sessions.close();
        }
    }
}
