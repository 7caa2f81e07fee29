/**
 * Test-only parts that a child portal JVM loads for the reliability tests ({@code CrashTest},
 * {@code TwoNodesTest}, {@code TimersOnTwoNodesTest}): {@code NamedLockOwner}, which tells which node holds
 * a job's lock, and {@code SharedClock}, the clock the nodes share and the test moves (an offset in a row of
 * their database, applied to Camunda's {@code ClockUtil} and the library's clock). Outside the portal's
 * package, so the portal's own component scan never picks them up; a child adds them with
 * {@code --spring.main.sources=org.learningsociety.reliability.NamedLockOwner,…}. The households' records go
 * through the API's village lists, as a portal sends them.
 */
package org.learningsociety.reliability;
