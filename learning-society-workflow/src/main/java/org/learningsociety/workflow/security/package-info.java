/**
 * Security over Camunda's identity service: officers log in with their engine user and password,
 * their engine groups ({@code hoikhuyenhoc10507}, {@code ubnd10507}, {@code thidua31},
 * {@code camunda-admin}) become their authorities, and the units those groups name bound what the
 * REST API lets them reach. Camunda's webapps keep their own login; the engine's REST API gets
 * HTTP basic authentication over the same identity service.
 */
package org.learningsociety.workflow.security;
