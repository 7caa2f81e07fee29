/**
 * Officers in Camunda's identity service: a user given a role ({@link org.learningsociety.workflow.officer.OfficerRole})
 * in a unit becomes a member of the role's group for the unit ({@code hoikhuyenhoc10507}), whose tasks the
 * cycle's processes assign; the group gets what Tasklist needs (the application, the definitions, the shared
 * filter "Công việc của đơn vị tôi"). {@link org.learningsociety.workflow.officer.OfficerProvisioning} does it,
 * idempotently, takes a role back, and moves the officers of a commune merged away to its successors. Users
 * are created in the identity service only when asked: a portal with its own identity provider keeps them
 * there. Wired by {@link org.learningsociety.workflow.officer.OfficerAutoConfiguration}.
 */
package org.learningsociety.workflow.officer;
