/** Commendations (khen thưởng) of recognised subjects: proposed, approved by the emulation board or refused. */
package org.learningsociety.core.commendation;
