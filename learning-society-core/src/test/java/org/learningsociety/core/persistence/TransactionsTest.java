package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.learningsociety.core.fixtures.StoredFixtures;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.UnitId;

class TransactionsTest {

    @OnBothDatabases
    void commitsTheWorkOfTheOutermostTransaction(Database database) {
        try (Store store = database.freshStore()) {
            Transactions transactions = store.persistence().transactions();
            transactions.run(() -> {
                store.persistence().subjects().addAll(StoredFixtures.households(1, new UnitId(1), 2, "C"));
                assertThat(store.count("ls_subject")).as("not visible before commit").isZero();
            });
            assertThat(store.count("ls_subject")).isEqualTo(2);
        }
    }

    @OnBothDatabases
    void nestedTransactionsJoinTheOuterOneAndRollBackWithIt(Database database) {
        try (Store store = database.freshStore()) {
            Transactions transactions = store.persistence().transactions();

            assertThatThrownBy(() -> transactions.run(() -> {
                transactions.run(() -> store.persistence().subjects()
                        .addAll(StoredFixtures.households(1, new UnitId(1), 2, "N")));
                throw new IllegalStateException("refused after the inner work returned");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(store.count("ls_subject")).isZero();
            assertThat(transactions.inTransaction(() -> store.persistence().subjects()
                    .findByIds(List.of()))).isEmpty();
        }
    }
}
