// Imports for ccm in JShell: the public packages, and the JDK types the examples use; and the
// examples folder, wherever JShell was started.
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.ccmcoach.core.*;
import org.ccmcoach.core.coaching.*;
import org.ccmcoach.allocation.*;
import org.ccmcoach.allocation.capacity.*;
import org.ccmcoach.core.value.*;
import org.ccmcoach.json.*;
import org.ccmcoach.json.csv.*;
import org.ccmcoach.assessment.*;
import org.ccmcoach.assessment.change.*;
import org.ccmcoach.assessment.comparison.*;
import org.ccmcoach.assessment.csv.*;
import org.ccmcoach.assessment.team.*;
import org.ccmcoach.pdsa.*;
import org.ccmcoach.pdsa.chart.*;
import org.ccmcoach.pdsa.driver.*;
import org.ccmcoach.charts.*;
import org.ccmcoach.core.cost.*;
import org.ccmcoach.core.fidelity.*;
import org.ccmcoach.assessment.dose.*;
import org.ccmcoach.pdsa.businesscase.*;
import org.joda.money.*;
import org.ccmcoach.fhir.*;
import org.ccmcoach.fhir.questionnaire.*;
import org.ccmcoach.fhir.observation.*;

// The repository's examples/ folder (its data in examples/data), so that scripts and sessions find
// the example data from any directory: bin/ccm-shell sets ccm.examples; elsewhere (the doc runner,
// a plain jshell) it is ./examples.
Path examples = Path.of(System.getProperty("ccm.examples", "examples")).toAbsolutePath().normalize();
