package org.learningsociety.workflow.offenderright;

import org.learningsociety.workflow.offenderleft.Left;

/** Depends back on {@link Left}: the other half of the cycle. */
public final class Right {

    public Left left() {
        return new Left();
    }
}
