/**
 * The audit trail: who changed points, verifications, decisions, commendations, unit
 * assignments and the indicator values a unit enters, when, from what to what and why. Append-only, written in the transaction of the
 * change it records; only an erasure of personal data (Decree 13/2023/NĐ-CP) blanks its values.
 */
package org.learningsociety.core.audit;
