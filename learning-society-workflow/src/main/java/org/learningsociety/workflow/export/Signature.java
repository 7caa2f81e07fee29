package org.learningsociety.workflow.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The signature block of an exported document: the place and date line ("An Lão, ngày 10 tháng 3
 * năm 2026"), on whose behalf (TM. Ủy ban nhân dân …), the signer's office and name.
 */
public record Signature(String place, LocalDate date, String onBehalfOf, String office, String signer) {

    public Signature {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
    }

    /** "An Lão, ngày 10 tháng 3 năm 2026". */
    public String placeAndDate() {
        return place + ", ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }
}
