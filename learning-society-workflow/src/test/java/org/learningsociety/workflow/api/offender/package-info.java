/**
 * A controller of the API that calls the engine itself, on purpose, so that {@code ArchitectureTest}
 * shows its rule failing. Test code only.
 */
package org.learningsociety.workflow.api.offender;
