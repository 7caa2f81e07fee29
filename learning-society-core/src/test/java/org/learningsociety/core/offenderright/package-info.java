/** The other side of the package cycle of {@code offenderleft}, on purpose. Test code only. */
package org.learningsociety.core.offenderright;
