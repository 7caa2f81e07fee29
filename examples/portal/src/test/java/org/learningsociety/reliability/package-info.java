/**
 * Test-only parts that a child portal JVM loads for the reliability tests ({@code CrashTest},
 * {@code TwoNodesTest}): {@code NamedLockOwner}, which tells which node holds the recognition's lock.
 * Outside the portal's package, so the portal's own component scan never picks them up; a child adds
 * them with {@code --spring.main.sources=org.learningsociety.reliability.NamedLockOwner}. The
 * households' records go through the API's village lists, as a portal sends them.
 */
package org.learningsociety.reliability;
