/**
 * A team's assessment from its members' responses: aggregate scores and the spread of each item.
 */
package org.ccmcoach.assessment.team;
