// Imports for ccm in JShell: the public packages, and the JDK types the examples use.
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.ccmcoach.core.*;
import org.ccmcoach.core.coaching.*;
import org.ccmcoach.allocation.*;
import org.ccmcoach.core.value.*;
import org.ccmcoach.json.*;
import org.ccmcoach.assessment.*;
import org.ccmcoach.assessment.change.*;
import org.ccmcoach.assessment.comparison.*;
import org.ccmcoach.assessment.csv.*;
import org.ccmcoach.assessment.team.*;
import org.ccmcoach.pdsa.*;
import org.ccmcoach.pdsa.chart.*;
import org.ccmcoach.charts.*;
