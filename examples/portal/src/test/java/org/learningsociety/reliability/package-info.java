/**
 * Test-only parts that a child portal JVM loads for the reliability tests ({@code CrashTest},
 * {@code TwoNodesTest}): a bulk driver over the real services. Outside the portal's package, so the
 * portal's own component scan never picks them up; a child adds them with
 * {@code --spring.main.sources=org.learningsociety.reliability.BulkDriver}.
 */
package org.learningsociety.reliability;
