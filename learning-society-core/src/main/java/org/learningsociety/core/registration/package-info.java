/**
 * A subject's year: registration, self-assessment, verification, recognition by a decision (or
 * not), and commendation. State changes are methods that enforce the rules and return events.
 */
package org.learningsociety.core.registration;
