package org.learningsociety.workflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningsociety.core.registration.RegistrationId;

class FileSystemEvidenceStoreTest {

    @TempDir
    Path directory;

    @Test
    void storesAFileUnderItsRegistrationAndOpensItByItsReference() throws IOException {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(directory);

        String reference = store.store(new RegistrationId(42), "3f2a-1.pdf", new ByteArrayInputStream(new byte[] {1, 2}));

        assertThat(reference).isEqualTo("ls-evidence:42/3f2a-1.pdf");
        assertThat(directory.resolve("42").resolve("3f2a-1.pdf")).hasBinaryContent(new byte[] {1, 2});
        try (InputStream content = store.open(reference).orElseThrow()) {
            assertThat(content.readAllBytes()).containsExactly(1, 2);
        }
        assertThat(store.open("ls-evidence:42/../../etc/passwd")).isEmpty();
        assertThat(store.open("tep/bien-ban.pdf")).isEmpty();
    }

    @Test
    void leavesNothingBehindWhenReadingTheContentFails() throws IOException {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(directory);
        InputStream broken = new InputStream() {
            private int left = 3;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return 7;
                }
                throw new IOException("kết nối bị ngắt");
            }
        };

        assertThatThrownBy(() -> store.store(new RegistrationId(7), "a.pdf", broken)).isInstanceOf(IOException.class);
        assertThat(files()).isEmpty();
        assertThatThrownBy(() -> store.store(new RegistrationId(7), "../a.pdf", new ByteArrayInputStream(new byte[1])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletesEveryFileOfTheRegistrationsAndNoOther() throws IOException {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(directory);
        store.store(new RegistrationId(1), "a.pdf", new ByteArrayInputStream(new byte[1]));
        store.store(new RegistrationId(1), "b.png", new ByteArrayInputStream(new byte[1]));
        store.store(new RegistrationId(2), "c.jpg", new ByteArrayInputStream(new byte[1]));

        assertThat(store.deleteAllOf(List.of(new RegistrationId(1), new RegistrationId(3)))).isEqualTo(2);

        assertThat(files()).containsExactly(directory.resolve("2").resolve("c.jpg"));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
