package org.learningsociety.core.offenderright;

import org.learningsociety.core.offenderleft.Left;

/** Depends back on {@link Left}: the other half of the cycle. */
public final class Right {

    public Left left() {
        return new Left();
    }
}
