/**
 * Security over Camunda's identity service: officers log in with their engine user and password,
 * their engine groups ({@code hoikhuyenhoc10507}, {@code ubnd10507}, {@code thidua31},
 * {@code camunda-admin}) become their authorities, and the units those groups name bound what the
 * REST API lets them reach; the permission matrix ({@link org.learningsociety.workflow.security.PermissionMatrix},
 * {@code learning-society.security.permissions.*}) says which actions each role takes there
 * ({@link org.learningsociety.workflow.security.RoleActionAccess}, {@link org.learningsociety.workflow.security.OfficerUnitAccess}).
 * Camunda's webapps keep their own login; the engine's REST API gets
 * HTTP basic authentication over the same identity service. In JWT mode
 * ({@link org.learningsociety.workflow.security.LearningSocietyJwtAutoConfiguration}) the REST API takes
 * bearer tokens of the portal's identity provider instead, their claims turned into the same
 * authorities ({@link org.learningsociety.workflow.security.OfficerClaims}).
 */
package org.learningsociety.workflow.security;
