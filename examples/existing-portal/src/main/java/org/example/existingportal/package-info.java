/**
 * A ward's one-stop portal ("Cổng một cửa phường Thành Đông") as it stood before it added the
 * learning-society starter: its own users and login page, its own rule for Camunda's Tasklist, its own
 * citizens' requests ({@code don_dang_ky}) with their process {@code register}, a snake_case JSON
 * style and two DataSources (its business database, {@code @Primary}, and an audit store). The starter
 * is added beside all of it (the module's README.md says what was added and why); nothing here was
 * changed for it.
 */
package org.example.existingportal;
