package org.learningsociety.core.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.learningsociety.core.shared.Transactions;

/**
 * Transactions over in-memory fakes: snapshots every fake when the outermost unit of work starts and
 * restores them all if the work throws, so a refused batch leaves nothing half-written.
 */
public final class FakeTransactions implements Transactions {

    private final List<Snapshotting> stores;
    private int depth;
    private int committed;
    private int rolledBack;

    public FakeTransactions(List<Snapshotting> stores) {
        this.stores = List.copyOf(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        List<Object> snapshots = new ArrayList<>(stores.size());
        stores.forEach(store -> snapshots.add(store.snapshot()));
        depth++;
        try {
            T result = work.get();
            committed++;
            return result;
        } catch (RuntimeException | Error failure) {
            for (int i = 0; i < stores.size(); i++) {
                stores.get(i).restore(snapshots.get(i));
            }
            rolledBack++;
            throw failure;
        } finally {
            depth--;
        }
    }

    public int committed() {
        return committed;
    }

    public int rolledBack() {
        return rolledBack;
    }
}
