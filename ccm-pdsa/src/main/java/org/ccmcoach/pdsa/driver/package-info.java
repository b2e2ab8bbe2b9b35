/**
 * Key driver diagrams: a team's theory of how its aim will be met, from the aim through primary and
 * secondary drivers to the change ideas it tests, each change idea linked to the measures and PDSA
 * ramps that test it. A {@link org.ccmcoach.pdsa.driver.KeyDriverDiagram} is checked where it is built
 * or read, and against its measures and ramps by
 * {@link org.ccmcoach.pdsa.driver.KeyDriverDiagram#problemsAgainst}; {@code Figures.keyDriverDiagram}
 * in ccm-charts draws it.
 */
package org.ccmcoach.pdsa.driver;
