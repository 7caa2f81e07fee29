/**
 * Driving a cycle on a real Camunda engine in tests and benchmarks, as the job executor and the
 * officers would: {@link org.learningsociety.test.cycle.EngineClock} (the core's clock reading the
 * engine's, moved through the year) and {@link org.learningsociety.test.cycle.CycleDriver} (a cycle's
 * processes started, its tasks completed, its jobs and timers run, addressed with the cycle's
 * {@code CycleKey}).
 */
package org.learningsociety.test.cycle;
