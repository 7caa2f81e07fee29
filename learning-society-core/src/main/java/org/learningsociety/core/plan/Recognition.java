package org.learningsociety.core.plan;

import java.util.Objects;
import org.learningsociety.core.unit.BodyKind;

/**
 * Who issues the yearly recognition decisions in a plan's area, as the plan says: the People's
 * Committee unless a plan names the association (Thái Bình's 29/KH-KHKH). It decides the recognition
 * task's candidate group, the decision's issuing body and who may revoke a recognition.
 *
 * @param by the body that recognises
 * @param onBehalfOf the signature's "on behalf of" line ("TM. BAN THƯỜNG VỤ"), the body's usual one when absent
 * @param signerTitle the signer's office ("CHỦ TỊCH"), the body's usual one when absent
 * @param statedAs the plan's own words, {@code null} for the default
 * @param planId the plan that says so, {@code null} for the default
 */
public record Recognition(BodyKind by, String onBehalfOf, String signerTitle, String statedAs, String planId) {

    /** No plan applying to a unit says who recognises: its People's Committee does (DOMAIN.md). */
    public static final Recognition DEFAULT = new Recognition(BodyKind.PEOPLES_COMMITTEE, null, null, null, null);

    public Recognition {
        Objects.requireNonNull(by, "by");
        onBehalfOf = onBehalfOf == null || onBehalfOf.isBlank() ? by.onBehalfOf() : onBehalfOf.strip();
        signerTitle = signerTitle == null || signerTitle.isBlank() ? by.signerTitle() : signerTitle.strip();
    }

    /** The same, as said by plan {@code id}. */
    public Recognition of(String id) {
        return new Recognition(by, onBehalfOf, signerTitle, statedAs, id);
    }
}
