package org.learningsociety.core.criteria;

import java.util.regex.Pattern;
import org.learningsociety.core.shared.InvalidInputException;

/**
 * A piece of evidence (minh chứng) for an indicator: a reference the portal resolves, and its title.
 * A reference is a URL or a path-like token (letters, digits and {@code -._~:/?#[]@!$&'()*+,;=%},
 * no spaces), at most {@value #MAX_REFERENCE} characters; a title at most {@value #MAX_TITLE}; neither
 * holds control characters. A missing reference is allowed here and refused by the criteria set where
 * the indicator requires evidence.
 */
public record Evidence(String indicator, String reference, String title) {

    public static final int MAX_REFERENCE = 1000;
    public static final int MAX_TITLE = 500;

    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N}\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    public Evidence {
        if (reference != null && !reference.isBlank()) {
            if (reference.length() > MAX_REFERENCE) {
                throw new InvalidInputException("evidence.reference", reference.substring(0, 40) + "…",
                        "Đường dẫn minh chứng dài quá " + MAX_REFERENCE + " ký tự");
            }
            if (CONTROL.matcher(reference).find()) {
                throw new InvalidInputException("evidence.reference", printable(reference),
                        "Đường dẫn minh chứng chứa ký tự điều khiển");
            }
            if (!REFERENCE.matcher(reference).matches()) {
                throw new InvalidInputException("evidence.reference", reference,
                        "Đường dẫn minh chứng phải là một địa chỉ URL hoặc đường dẫn tệp, không có khoảng trắng");
            }
        }
        if (title != null) {
            if (title.length() > MAX_TITLE) {
                throw new InvalidInputException("evidence.title", title.substring(0, 40) + "…",
                        "Tên minh chứng dài quá " + MAX_TITLE + " ký tự");
            }
            if (CONTROL.matcher(title).find()) {
                throw new InvalidInputException("evidence.title", printable(title),
                        "Tên minh chứng chứa ký tự điều khiển");
            }
        }
    }

    private static String printable(String text) {
        String shown = CONTROL.matcher(text).replaceAll("�");
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }
}
