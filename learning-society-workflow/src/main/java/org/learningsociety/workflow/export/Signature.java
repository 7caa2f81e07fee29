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

    /** The words naming a unit's level, left out of the place line ("Phường Thành Đông" signs at "Thành Đông"). */
    private static final java.util.List<String> LEVEL_WORDS = java.util.List.of("Thành phố ", "Tỉnh ", "Đặc khu ",
            "Thị trấn ", "Thị xã ", "Phường ", "Quận ", "Huyện ", "Xã ");

    /**
     * The signature of a document of a People's Committee, as its chair signs on the committee's behalf
     * ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), at the place of {@code unitName}.
     */
    public static Signature peoplesCommittee(String unitName, LocalDate date, String signer) {
        return new Signature(placeOf(unitName), date, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", signer);
    }

    /** The place line of a unit: its name without the word of its level ("Xã Gia Lộc" → "Gia Lộc"). */
    public static String placeOf(String unitName) {
        for (String word : LEVEL_WORDS) {
            if (unitName.startsWith(word) && unitName.length() > word.length()) {
                return unitName.substring(word.length());
            }
        }
        return unitName;
    }

    /** "An Lão, ngày 10 tháng 3 năm 2026". */
    public String placeAndDate() {
        return place + ", ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }
}
