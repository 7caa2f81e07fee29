package org.learningsociety.core.criteria;

import java.util.Objects;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitLevel;

/**
 * A body that evaluates or recognises: its kind, the level of the unit it belongs to, and its name as
 * the criteria file writes it, e.g. {@code PEOPLES_COMMITTEE} at {@code PROVINCE}, "Ủy ban nhân dân tỉnh,
 * thành phố". The body acting for a subject is the one of that level above (or at) the subject's unit.
 */
public record Authority(BodyKind body, UnitLevel level, String name) {

    public Authority {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
    }
}
