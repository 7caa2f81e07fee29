package org.learningsociety.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningsociety.core.fixtures.Refusals.refused;

import org.junit.jupiter.api.Test;

class EvidenceReferencesTest {

    @Test
    void acceptsUrlsAndPathLikeReferences() {
        assertThat(new Evidence("1.1", "https://cong.haiphong.gov.vn/minh-chung/123?v=2#trang-1", "Giấy khen").reference())
                .startsWith("https://");
        assertThat(new Evidence("1.1", "files/giấy-khen_2025.pdf", null).title()).isNull();
        assertThat(new Evidence("1.1", null, null).reference()).isNull();
    }

    @Test
    void refusesAReferenceWithSpacesInVietnamese() {
        var refusal = refused("evidence.reference", "giay khen.pdf", () -> new Evidence("1.1", "giay khen.pdf", "x"));

        assertThat(refusal.getMessage()).contains("Đường dẫn minh chứng phải là một địa chỉ URL hoặc đường dẫn tệp");
    }

    @Test
    void refusesAReferenceWithControlCharactersShowingThemHarmlessly() {
        refused("evidence.reference", "files/a�b.pdf", () -> new Evidence("1.1", "files/a\u0000b.pdf", "x"));
    }

    @Test
    void refusesAReferenceLongerThanAThousandCharacters() {
        String reference = "https://x.vn/" + "a".repeat(Evidence.MAX_REFERENCE);

        var refusal = refused("evidence.reference", reference.substring(0, 40) + "…",
                () -> new Evidence("1.1", reference, "x"));

        assertThat(refusal.getMessage()).contains("dài quá 1000 ký tự");
    }

    @Test
    void refusesAnOversizedTitle() {
        String title = "Giấy khen " + "x".repeat(Evidence.MAX_TITLE);

        refused("evidence.title", title.substring(0, 40) + "…", () -> new Evidence("1.1", "files/a.pdf", title));
    }

    @Test
    void acceptsAReferenceOfExactlyTheMaximumLength() {
        String reference = "a".repeat(Evidence.MAX_REFERENCE);

        assertThat(new Evidence("1.1", reference, "x").reference()).hasSize(Evidence.MAX_REFERENCE);
    }
}
