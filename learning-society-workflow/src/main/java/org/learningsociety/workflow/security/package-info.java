/**
 * Security over Camunda's identity service: officers log in with their engine user and password,
 * their engine groups ({@code hoi-khuyen-hoc:10507}, {@code ubnd:10507}, {@code thi-dua:31},
 * {@code camunda-admin}) become their authorities, and the units those groups name bound what the
 * REST API lets them reach; the permission matrix ({@link org.learningsociety.workflow.security.PermissionMatrix},
 * {@code learning-society.security.permissions.*}) says which actions each role takes there
 * ({@link org.learningsociety.workflow.security.RoleActionAccess}, {@link org.learningsociety.workflow.security.OfficerUnitAccess}). Camunda's webapps keep their own login; the engine's REST API gets
 * HTTP basic authentication over the same identity service.
 */
package org.learningsociety.workflow.security;
