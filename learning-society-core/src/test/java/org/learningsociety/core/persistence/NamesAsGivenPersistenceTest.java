package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue.NewSubject;

/**
 * Names are data, stored and read back exactly as given, markup included: escaping them is the
 * job of whatever renders them (the portal's pages, the REST API's clients), never of the store.
 */
class NamesAsGivenPersistenceTest {

    @OnBothDatabases
    void storesANameHoldingHtmlAsGiven(Database database) {
        try (Store store = database.freshStore()) {
            ServicesOnDatabase s = ServicesOnDatabase.on(store);
            s.clock().setDate(LocalDate.of(2025, 9, 1));
            String name = "<script>alert('x')</script> Hộ \"Nguyễn\" & <b>con</b>'; DROP TABLE ls_subject; --";

            Subject added = s.subjects().add(new NewSubject(LearningModel.FAMILY, "10507", name, "HTML-1"));

            assertThat(store.persistence().subjects().findById(added.id()).orElseThrow().name()).isEqualTo(name);
            assertThat(store.count("ls_subject")).isEqualTo(1);
        }
    }
}
