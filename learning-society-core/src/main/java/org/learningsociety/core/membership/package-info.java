/**
 * Member lists: the citizens (PERSON subjects) who belong to a household, clan, village community or
 * organisation, each with a role (a worker of working age, a cadre, another member) and the days they
 * belonged. The citizen indicators count them (workers in learning families who are learning
 * citizens …). A list is kept as history: a membership that ends keeps its row, with its end.
 */
package org.learningsociety.core.membership;
