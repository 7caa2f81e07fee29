package org.learningsociety.core.plan;

public enum PlanStatus {
    ISSUED,
    DRAFT
}
