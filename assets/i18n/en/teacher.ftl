# The teacher page (web/teacher.html, web/teacher.js): a link for a class, the pupils'
# results, the class view. Read by teachers: plain, friendly and exact. The messages the
# Rust module returns itself (import results, cell labels, errors) are in class.ftl.

teacher-page-title = Byte Bridge for teachers
teacher-title = Byte Bridge for teachers
teacher-tagline = Give your class levels, collect their results, see who needs help.
teacher-skip = Skip to the page content
teacher-language = Language

## Help
teacher-help = Help: where does the class data go?
teacher-help-local = Everything on this page stays in this browser on this device. There are no accounts and no server: nothing is sent anywhere, unless you set a record store under “Send to a record store”.
teacher-help-files = The results come from the pupils’ tablets, as files or QR codes. Bring the files in under “Collect results”, or scan the codes with this device’s camera.
teacher-help-signing = With “Sign pupils’ files with a class key”, the tablets sign every results file and QR code. One edited afterwards is marked here and not counted; once a pupil’s files were signed, their files and codes without a valid signature are not counted either. The key is kept on the tablets, so this catches edited files, not someone who copies the key from a tablet and signs made-up results.
teacher-help-notes = Real names you type next to a game name stay in this browser. They only leave it when you tick “Include real names” and then download the CSV or print the class view.
teacher-help-backup = Clearing this browser’s data also deletes the class data. Download the CSV from time to time to keep a copy.
teacher-help-insecure = This page is not served over HTTPS, so it cannot work offline or use the camera. Results files always work.

## Banners
teacher-dismiss = OK
teacher-storage-full = This browser’s storage is full, so your latest changes are not saved. Download the CSV now, then remove old links or clear old class data.
teacher-storage-blocked = This browser does not let the page save anything (private mode or a setting). Everything here is lost when you close the tab, so download the CSV before you do.
teacher-error-action = Something went wrong. Please reload the page and try again; everything saved so far stays.
teacher-error-start = The teacher page could not start. Please reload it. If this keeps happening, try an up-to-date Chrome, Edge or Firefox.
teacher-update-ready = A new version of Byte Bridge is ready.
teacher-update = Reload now

## Give levels to a class
teacher-assign-title = Give levels to a class
teacher-assign-intro = Choose the levels, then create a link. Pupils open the link on their tablets or scan its QR code, and find the levels as today’s mission.
teacher-class-name = Class name
teacher-class-name-hint = For example 4B. The name travels in the link to the tablets, so do not use a pupil’s name.
teacher-levels = Levels
# The level filters: by age band, by DigComp 2.2 and by DigComp 3.0 competence.
teacher-band-filter = Age band
teacher-band-all = All ages
teacher-competence-filter = DigComp 2.2 competence
teacher-competence-all = All competences
# A DigComp competence in the filter, e.g. "3.4 Programming".
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = DigComp 3.0 competence
teacher-digcomp3-all = All competences
# Under a level in the picker: its ids in each framework (a list such as "4.2, 2.6").
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
# The checkbox that chooses every level of one world.
teacher-whole-world = All of “{ $world }”
teacher-no-levels = No level matches these filters.
teacher-levels-selected = { $count ->
        [0] No level chosen yet.
        [one] { $count } level chosen.
       *[other] { $count } levels chosen.
    }
teacher-select-none = Clear the choice
teacher-lock = Lock the other levels
teacher-lock-hint = Pupils can only play these levels while this mission is on their tablet.
teacher-sign = Sign pupils’ files with a class key
teacher-sign-hint = A results file or QR code edited after the tablet saved it is marked and not counted. The key is kept on the tablets, so someone who copies it from a tablet can still sign made-up results.
teacher-create = Create link

## The link
teacher-link-ready = The link for your class
teacher-link = Link
teacher-copy = Copy link
teacher-copied = Link copied.
teacher-copy-manual = The link is selected. Copy it with your device’s copy command.
teacher-qr-label = QR code of the link for { $name }
teacher-qr-caption = Pupils scan this code with the tablet’s camera to open the mission.
teacher-print-sheet = Print sheet
teacher-earlier-title = Earlier links
# Under a link's class name; $date is already formatted, e.g. "29 Nov 2026, 10:42".
teacher-assignment-meta = { $count ->
        [one] { $count } level
       *[other] { $count } levels
    }, created { $date }
teacher-assignment-levels = { $count ->
        [one] Show the level
       *[other] Show all { $count } levels
    }
teacher-assignment-locked = other levels locked
teacher-assignment-signed = files signed
teacher-assignment-unsigned = files not signed
teacher-show-qr = Show QR code
teacher-hide-qr = Hide QR code
teacher-remove = Remove link
teacher-remove-confirm = Remove the link for “{ $name }” from this page?
teacher-remove-yes = Yes, remove
teacher-cancel = Cancel
# Two links with the same class name in the class view's menu.
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = Today’s mission
teacher-sheet-how = Scan the code with the tablet’s camera, or type the link below into the browser.
teacher-sheet-levels = Today’s levels

## Collect results
teacher-collect-title = Collect results
teacher-collect-intro = Bring in the pupils’ results files, as many at once as you like, or scan the QR codes on their tablets.
teacher-drop-hint = Drop the pupils’ files here
teacher-files-label = Pupils’ results files
teacher-choose-files = Choose files
teacher-results-title = Brought in
teacher-results-empty = No files brought in yet.
teacher-results-clear = Clear this list
teacher-file-altered = Warning: this file was edited after the tablet saved it.
teacher-file-failed = Not brought in:
teacher-file-unreadable = { $file } could not be read. Try again, or save it again on the tablet.
teacher-code-unreadable = This QR code could not be read. Please try again.
teacher-status-signed = signed
teacher-status-unsigned = not checked
teacher-status-summary = from a QR code
teacher-scan-title = Scan QR codes
teacher-scan-intro = Point the camera at a pupil’s results code. It keeps looking for the next pupil until you stop it.
teacher-scan = Scan a QR code
teacher-stop-camera = Stop camera
teacher-camera-label = Camera picture
teacher-camera-starting = Starting the camera…
teacher-camera-looking = Looking for a QR code…
teacher-camera-next = Got it. Hold up the next code.
teacher-camera-stopped = The camera is off.
teacher-camera-unavailable = The camera cannot be used here: there is none, it was not allowed, or the page is not served over HTTPS. Results files always work.
teacher-scanner-unavailable = The QR code reader could not be loaded. Go online once and try again. Results files always work.

## Your class
teacher-class-title = Your class
teacher-show-assignment = Show
teacher-all-levels = All levels
teacher-no-pupils = No results yet. Collect the pupils’ files or codes above.
teacher-note-hint = Real names stay on this device only. Downloads leave them out unless you tick “Include real names”.
teacher-note-label = Real name
teacher-note-for = Real name of { $name }
teacher-grid-caption = { $count ->
        [one] { $count } pupil, all levels
       *[other] { $count } pupils, all levels
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } pupil
       *[other] { $name }: { $count } pupils
    }
teacher-pupil = Pupil
teacher-pupil-altered = Edited file
teacher-cell-empty = not played
# The small line in a played cell; $time is already formatted, e.g. "1:35".
teacher-cell-detail = { $attempts ->
        [one] { $attempts } try
       *[other] { $attempts } tries
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } hint
       *[other] {" "}· { $hints } hints
    }
teacher-forget = Remove pupil
teacher-forget-pupil = Remove pupil { $name }
teacher-forget-confirm = Remove { $name } and all their results from this page?
teacher-forget-yes = Yes, remove
teacher-forgotten = { $name } was removed.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = Close
teacher-no-attempts = No attempts yet.
teacher-attempt-title = Attempt { $number }, { $when }
teacher-attempt-stars = Stars
teacher-stars-count = { $count ->
        [one] { $count } star
       *[other] { $count } stars
    }
teacher-attempt-outcome = Result
teacher-attempt-time = Time
teacher-attempt-hints = Hints
teacher-attempt-mistakes = Mistakes
teacher-program-main = Main program
teacher-program-p1 = Helper 1
teacher-program-p2 = Helper 2
teacher-program-empty = (empty)
# Between the two bodies of an if … else tile.
teacher-tile-else = else
# The program as Python-like text under its tiles (docs/coding-levels.md, "The program as text").
teacher-code = As code
teacher-code-note = The same program as text, in a language like Python. Pupils see it in the game with “Show as code”.
teacher-answers = Answers

## Per level
teacher-summary-title = Per level
teacher-summary-caption = How each level went
teacher-summary-level = Level
teacher-summary-played = Played
teacher-summary-finished = Finished
teacher-summary-stuck = Stuck
teacher-summary-mean = Attempts on average
teacher-summary-common = Most common problems
# A problem and how often it happened, e.g. "The robot hit a wall. × 7".
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Download, print, clear
teacher-include-notes = Include real names
teacher-include-notes-hint = Tick this only for a file or printout that stays with you, for example for your own records.
teacher-download-csv = Download CSV
teacher-download-xapi = Download xAPI (JSON)
teacher-print-class = Print class view
teacher-clear = Clear class data
teacher-clear-confirm = Delete all pupils, results, real names and links from this browser? This cannot be undone. Download the CSV first if you want to keep the results.
teacher-clear-yes = Yes, delete everything
teacher-cleared = The class data was deleted.
teacher-language-unavailable = { $language } could not be downloaded: this browser does not have it yet. Connect to the internet and choose it again.

## Send to a learning record store (LRS)
teacher-lrs-title = Send to a record store
teacher-lrs-intro = If your school or ministry collects results in a learning record store (LRS), enter its xAPI address, key and secret here. Every result you bring in is then sent there by itself, and each result only once. The address, key and secret stay in this browser: pupils’ tablets never get them.
teacher-lrs-endpoint = xAPI address (endpoint)
teacher-lrs-key = Key (user name)
teacher-lrs-secret = Secret (password)
teacher-lrs-secret-kept = Leave empty to keep the secret you saved before for this address and key.
teacher-lrs-save = Save and send
teacher-lrs-forget = Forget this record store
teacher-lrs-retry = Try again now
teacher-lrs-off = No record store is set. Results stay in this browser and in your downloads.
teacher-lrs-done = { $sent ->
    [one] The one result is in the record store.
   *[other] All { $sent } results are in the record store.
}
teacher-lrs-sending = { $waiting ->
    [one] Sending: one result is waiting.
   *[other] Sending: { $waiting } results are waiting.
}
teacher-lrs-waiting-offline = { $waiting ->
    [one] One result is waiting: the record store cannot be reached. Trying again in { $seconds } s. If this stays, ask whoever runs the record store to allow this page’s address.
   *[other] { $waiting } results are waiting: the record store cannot be reached. Trying again in { $seconds } s. If this stays, ask whoever runs the record store to allow this page’s address.
}
teacher-lrs-waiting-error = { $waiting ->
    [one] One result is waiting: the record store answered with error { $status }. Trying again in { $seconds } s.
   *[other] { $waiting } results are waiting: the record store answered with error { $status }. Trying again in { $seconds } s.
}
teacher-lrs-stopped-key = Sending has stopped: the record store does not accept this key and secret. Check them and save again.
teacher-lrs-stopped-forbidden = Sending has stopped: this key may not add results to the record store. Ask the person who runs it for a key that may write statements.
teacher-lrs-stopped-address = Sending has stopped: this address does not answer like a record store (answer { $status }). Check the xAPI address.
teacher-lrs-refused = { $refused ->
    [one] The record store refused one result. It is set aside and not sent again.
   *[other] The record store refused { $refused } results. They are set aside and not sent again.
}
teacher-lrs-load-damaged = The record store settings saved in this browser could not be read. Please enter them again: results the store already has are not stored twice.
teacher-lrs-load-newer = The record store settings were saved by a newer version of this page. Reload the page to get the new version; until then nothing is sent.
teacher-lrs-error-no-address = Enter the record store's xAPI address.
teacher-lrs-error-address = This is not a web address for a record store. It should look like https://lrs.example.org/xAPI/, without ? or #.
teacher-lrs-error-insecure = The address must start with https:// so the key and the results travel encrypted.
teacher-lrs-error-credentials-in-address = Put the key and secret in their own fields, not in the address.
teacher-lrs-error-no-key = Enter the key and the secret the record store gave you.
teacher-lrs-error-bad-key = The key must not contain ":". The key and the secret must not contain line breaks.
teacher-lrs-error-too-long = The address, key or secret is too long (at most 500 characters each).
teacher-lrs-forgotten = The record store's address, key and secret were removed from this browser.
teacher-lrs-empty = Nothing to send yet. Results you bring in go to the record store by themselves.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = the title
made-field-task = the task
made-field-learned = "What the pupils learned"
made-field-hint = a hint
made-field-box = a box
made-field-card = a card
made-field-prompt = the situation
made-field-reply = a reply
made-field-part = a line of the message
made-field-reason = a reason
made-problem-damaged = This is not a level made on this page, or it is damaged.
made-problem-newer = This level was made on a newer version of this page. Reload the page to get the new version.
made-problem-language = The level's language is not one this page knows.
made-problem-missing = Please fill in { $field }.
made-problem-too-long = Please shorten { $field }: at most { $max } { $max ->
        [one] character
       *[other] characters
    }.
made-problem-undrawable = Some characters in { $field } cannot be shown on the tablets: { $chars }. Please use letters, digits and ordinary punctuation (no emoji).
made-problem-hints = A level needs three hints: a nudge, the idea, then part of the answer.
made-problem-count = There are too few or too many of { $field }: at most { $max }.
made-problem-one-right = Mark exactly one reply as the right one.
made-problem-box-unused = Each box needs at least one card that belongs in it.
made-problem-flags = Mark at least one line as a red flag, and leave at least one line that is fine.
made-problem-board-size = The board must be 2 to { $max } { $max ->
        [one] square
       *[other] squares
    } wide and 1 to { $max } high.
made-problem-board-start = Put exactly one start square on the board.
made-problem-board-goal = Put one flag or at least one lamp on the board.
made-problem-board = The board breaks a rule of the game. Check the squares and the tiles you offer.
made-problem-tiles = Offer at least one tile.
made-problem-already-solved = The robot is already done before it moves: move the flag away from the start.
made-problem-slots = The shortest program that solves this board has { $tiles } { $tiles ->
        [one] tile. Give the program at least { $tiles } slot.
       *[other] tiles. Give the program at least { $tiles } slots.
    }
made-problem-unsolvable = The robot cannot reach the flag (and every lamp) with these tiles. Open a path, or offer more tiles (for example turns or a loop).
made-problem-too-large = This board is too big to check: no program with fewer than { $tiles } { $tiles ->
        [one] tile
       *[other] tiles
    } solves it, and longer ones are too many to try. Make the board smaller or the path shorter, or offer a loop.
made-problem-par = The level has no best solution yet: check it on this page first.
made-checked-robot = The robot can do it: the best program has { $par } { $par ->
        [one] tile. Pupils get 3 stars with { $par } tile.
       *[other] tiles. Pupils get 3 stars with { $par } tiles or fewer.
    }
made-checked-answers = Ready: every answer has a reason.
made-kind-robot_grid = Robot grid
made-kind-sort = Sort into two boxes
made-kind-pick_reply = Pick the reply
made-kind-spot_flags = Spot the red flags
made-copy-title = { $title } (copy)
made-import-done = { $added ->
    [0] No level added.
    [one] One level added.
   *[other] { $added } levels added.
} { $skipped ->
    [0] {""}
    [one] One was here already.
   *[other] { $skipped } were here already.
}
made-import-not-ours = { $file } is not a file of levels from this page.
made-import-too-large = { $file } is too large for a file of levels (at most 1 MB and 100 levels).
made-import-bad-level = { $file }: level { $number } ("{ $title }") cannot be used, so nothing was added. { $problem }
made-assign-too-many = An assignment can carry at most { $max } { $max ->
        [one] level
       *[other] levels
    } you made.
made-assign-unknown = A level you chose is no longer in your library. Choose the levels again.
made-qr-too-long = This link is too long for a QR code a tablet can read ({ $length } { $length ->
        [one] character
       *[other] characters
    }; a code holds { $max }). Share the link itself, or download the file and open it on each tablet under Grown-ups → "Bring players from a file".

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Make your own levels
made-page-intro = Write a level in your own words and check that it works. Your levels are kept in this browser under “My levels”, and you can give them to a class like the game’s own levels.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = A new level
made-page-editing = Changing “{ $title }”
made-page-editing-hint = Saving replaces it in your levels.
made-page-start-new = Start a new level
made-page-kind = Kind of level
made-page-band = Age band
made-page-title = Title
made-page-task = Task: what the pupils are asked to do
made-page-learned = What the pupils learned (shown at the end)
made-page-hints = Three hints
made-page-hint-1 = Hint 1: a nudge
made-page-hint-2 = Hint 2: the idea
made-page-hint-3 = Hint 3: part of the answer, not all of it

# The robot grid.
made-page-width = Width (squares)
made-page-height = Height (rows)
made-page-paint = Paint with
made-page-board = Board
made-page-board-hint = Tap a square to paint it. There is one start and one flag: painting another one moves it. With a keyboard, the arrow keys move between the squares.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Row { $row }, square { $column }: { $what }
made-page-square-wall = wall
made-page-square-floor = floor
made-page-square-start = start
made-page-square-flag = flag
made-page-square-lamp = lamp
made-page-square-red = red floor
made-page-square-blue = blue floor
made-page-square-green = green floor
made-page-facing = The robot starts facing
made-page-facing-north = North (up)
made-page-facing-east = East (right)
made-page-facing-south = South (down)
made-page-facing-west = West (left)
made-page-tiles = Tiles the pupils may use
made-page-conditions = Questions the “If” and “Repeat while” tiles may ask
made-page-conditions-hint = Tick at least one.
made-page-slots-main = Tiles in the main program (1 to 16)
made-page-slots-p1 = Tiles in Helper 1 (1 to 10)

# Sort into two boxes.
made-page-box-left = Left box (a tick)
made-page-box-right = Right box (a cross)
made-page-cards = Cards (2 to { $max })
made-page-card = Card { $number }
made-page-card-box = Box for card { $number }
made-page-reason-card = Why card { $number } belongs there
made-page-add-card = Add a card
made-page-remove-card = Remove card { $number }

# Pick the reply.
made-page-prompt = The situation, for example a message the pupils get
made-page-replies = Replies (2 to 4, one of them right)
made-page-reply = Reply { $number }
made-page-right = Reply { $number } is the right one
made-page-reason-reply = Why reply { $number } is right or wrong
made-page-add-reply = Add a reply
made-page-remove-reply = Remove reply { $number }

# Spot the red flags.
made-page-screen = What the pupils see
made-page-screen-message = A chat message
made-page-screen-email = An e-mail
made-page-screen-web = A web page
made-page-parts = Lines, top to bottom (2 to { $max }: some red flags, some fine)
made-page-part = Line { $number }
made-page-flag = Line { $number } is a red flag
made-page-reason-part = Why line { $number } is fine or a red flag
made-page-add-part = Add a line
made-page-remove-part = Remove line { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Remove
made-page-check = Check the level
made-page-save = Save to my levels
made-page-checking = Checking the level. This can take a few seconds…
# After saving; a made-checked-… message follows it.
made-page-saved = “{ $title }” is saved in your levels.
made-page-copied = A copy is in the form above. Change it, then save it.

# My levels.
made-page-library = My levels
made-page-library-empty = No levels yet. The levels you save show here.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = best: { $par } { $par ->
        [one] tile
       *[other] tiles
    }
made-page-edit = Edit
made-page-edit-level = Edit { $title }
made-page-copy = Copy
made-page-copy-level = Copy { $title }
made-page-remove-level = Remove { $title }
made-page-remove-confirm = Remove “{ $title }” from your levels? Links you made already keep it.
made-page-remove-yes = Yes, remove
made-page-removed = “{ $title }” was removed from your levels.
made-page-download = Download my levels
made-page-import = Add levels from a file
made-page-import-file = File of levels
made-page-import-unreadable = { $file } could not be read.

# In "Give levels to a class".
made-page-assign = Levels you made
made-page-assign-none = The levels you save under “Make your own levels” show here.
made-page-assign-max = At most { $max } in one link. A link with levels you made is always signed.
made-page-assignment-file = Download the file for tablets
