package org.learningsociety.core.commendation;

public enum CommendationStatus {
    PROPOSED,
    APPROVED,
    REFUSED
}
