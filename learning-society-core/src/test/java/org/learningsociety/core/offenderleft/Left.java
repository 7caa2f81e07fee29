package org.learningsociety.core.offenderleft;

import org.learningsociety.core.offenderright.Right;

/** Depends on {@link Right}, which depends back on it: a cycle between two packages. */
public final class Left {

    public Right right() {
        return new Right();
    }
}
