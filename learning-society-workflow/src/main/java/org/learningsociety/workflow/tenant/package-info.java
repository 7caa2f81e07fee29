/**
 * Provinces as Camunda tenants: every process the library starts for a unit carries its province's code
 * as tenant id ({@link org.learningsociety.workflow.tenant.ProvinceTenantIdProvider}, an engine plugin,
 * {@link org.learningsociety.workflow.tenant.ProvinceTenantsPlugin}); a process a province deployed for its
 * tenant is used for it and the shared one (no tenant) otherwise
 * ({@link org.learningsociety.workflow.tenant.TenantProcessStarts}, and the library's call activities); officers
 * are members of their province's tenant ({@link org.learningsociety.workflow.officer.TenantMemberships}, made by the
 * officers' provisioning), so
 * that Camunda's tenant check keeps each province's tasks from the others in Tasklist and engine-rest; running
 * instances started without a tenant are given their province's on start
 * ({@link org.learningsociety.workflow.tenant.TenantInstanceMigration}). Rules it owns: a unit's tenant is its
 * province's code, on the day, followed to the current province after a merger. Wired by
 * {@link org.learningsociety.workflow.tenant.TenantAutoConfiguration}; off with
 * {@code learning-society.tenants.enabled=false}, and a host's own {@code TenantIdProvider} is kept.
 */
package org.learningsociety.workflow.tenant;
