# Messages the teacher page's Rust side gives (src/core/class, web/teacher). The page's own
# labels are in teacher.ftl.

## DigComp 2.2 competences (the EU's Digital Competence Framework for Citizens; the filter shows the id before the title)
digcomp-1-1 = Browsing, searching and filtering data, information and digital content
digcomp-1-2 = Evaluating data, information and digital content
digcomp-1-3 = Managing data, information and digital content
digcomp-2-5 = Netiquette
digcomp-2-6 = Managing digital identity
digcomp-3-4 = Programming
digcomp-4-1 = Protecting devices
digcomp-4-2 = Protecting personal data and privacy
digcomp-4-3 = Protecting health and well-being
digcomp-5-1 = Solving technical problems

## DigComp 3.0 competences (JRC, 2025; the filter shows the id before the title)
digcomp3-1-1 = Browsing, searching and filtering information
digcomp3-1-2 = Evaluating information
digcomp3-1-3 = Managing information
digcomp3-2-1 = Interacting through and with digital technologies
digcomp3-2-2 = Sharing through digital technologies
digcomp3-2-3 = Engaging in citizenship through digital technologies
digcomp3-2-4 = Collaborating through digital technologies
digcomp3-2-5 = Digital behaviour
digcomp3-2-6 = Managing digital identity
digcomp3-3-1 = Developing digital content
digcomp3-3-2 = Integrating and re-elaborating digital content
digcomp3-3-3 = Copyright and licences
digcomp3-3-4 = Computational thinking and programming
digcomp3-4-1 = Protecting devices
digcomp3-4-2 = Protecting personal data and privacy
digcomp3-4-3 = Supporting wellbeing
digcomp3-4-4 = Environmental impacts of digital technologies
digcomp3-5-1 = Identifying and solving technical problems
digcomp3-5-2 = Identifying needs and digital technological responses
digcomp3-5-3 = Identifying creative solutions using digital technologies
digcomp3-5-4 = Identifying and addressing digital competence needs

## Stored class data
class-load-damaged = The class data saved in this browser could not be read. It has been kept aside, and the page starts empty.
class-load-newer = The class data in this browser was saved by a newer version of Byte Bridge. This page leaves it unchanged and starts empty: nothing you do here now is kept. Open the newer teacher page to see your class.

## Making an assignment
class-assign-failed = The assignment could not be made. Please try again.
class-assign-no-levels = Choose at least one level.
class-assign-no-random = This browser cannot make a secure class key, so no link was made. Please open this page in an up-to-date browser.
class-assign-too-many = Choose at most { $max } { $max ->
        [one] level
       *[other] levels
    } for one link.
class-assign-no-name = Give the class a name, for example “4B”.

## Bringing in files and codes ($file is the file's name, $nickname the pupil's)
class-imported = { $nickname }: { $count ->
    [0] nothing new (already here).
    [one] 1 new attempt.
   *[other] { $count } new attempts.
}
class-imported-altered = { $nickname }: this file was changed after the game wrote it, or does not carry its class’s signature. Nothing from it was counted.
class-import-too-large = { $file } is too large for a pupil's file, so it was not read.
class-import-not-ours = { $file } is not a file from Byte Bridge.
class-import-players-file = { $file } is a players file for moving players between tablets. On the pupil's tablet, use “Send to my teacher” instead.
class-import-truncated = { $file } is cut short. Ask the pupil to save it again.
class-import-newer = { $file } was made by a newer version of Byte Bridge. Open the newer teacher page to read it.
class-import-damaged = { $file } is damaged and could not be read. Ask the pupil to save it again.
class-import-over-limits = { $file } holds more than Byte Bridge ever keeps for one pupil (programs too long, too many attempts, levels or answers), on its own or together with what this page already has for the pupil. It was probably made by hand. Nothing from it was brought in.
class-code-not-ours = That QR code is not from Byte Bridge.
class-code-newer = That QR code comes from a newer version of Byte Bridge.
class-code-damaged = That QR code could not be read completely. Try again, a little closer.
class-no-such-pupil = This pupil is no longer in the class data.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-decimal-separator = .
class-problem-mistakes = Wrong answers on the way
class-outcome-hit-wall = The robot hit a wall
class-outcome-left-board = The robot would leave the board
class-outcome-no-lamp = Tried to light where there is no lamp
class-outcome-out-of-commands = The program stopped too early
class-outcome-step-budget = The program went round and round
class-outcome-too-many-calls = Helpers called each other too often
class-outcome-finished = Finished
class-outcome-other = Did not finish

## CSV column headings
class-csv-pupil-id = Pupil id
class-csv-nickname = Game name
class-csv-note = Real name (teacher's note)
class-csv-classes = Class
class-csv-level-id = Level id
class-csv-level = Level
class-csv-stars = Stars
class-csv-attempts = Attempts
class-csv-seconds = Time (seconds)
class-csv-hints = Hints
class-csv-finished = Finished
class-csv-yes = yes
class-csv-no = no
