# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_zego_token_global_optspecs
    string join \n color= profile= no-profile h/help V/version
end

function __fish_zego_token_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_zego_token_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_zego_token_using_subcommand
    set -l cmd (__fish_zego_token_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c zego-token -n "__fish_zego_token_needs_command" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_needs_command" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_needs_command" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_needs_command" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "generate" -d 'Mint a token for a user'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "decode" -d 'Show what a token holds; with the ServerSecret, its claims too'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "verify" -d 'Check a token and explain every reason it would be rejected'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "profile" -d 'Name an app\'s AppID and ServerSecret once: add, list, remove profiles'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "serve" -d 'Serve tokens over HTTP for apps in development, with a Token Assistant page'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "sign" -d 'Sign a server API request (print its public parameters or URL), or check one'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "callback" -d 'Sign or verify the callbacks ZEGO posts to an app server'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "explain" -d 'Explain a ZEGO SDK error code about tokens, or a server API code about signatures'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "cdn" -d 'Sign or check CDN URL authentication (Tencent, Wangsu, Huawei)'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l app-id -d 'The AppID from the ZEGOCLOUD console (or from the profile)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l user-id -d 'The user the token is for (1 to 64 bytes)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l user-ids-from -d 'Mint one token per user id read from a file (`-`: stdin), one id per line, blank lines skipped; prints one token (or JSON object) per line' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l secret -d 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l secret-file -d 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l effective-time -l ttl -d 'How long the token lives: seconds (3600) or with units (90s, 30m, 2h, 1h30m, 7d) [default: the profile\'s, else 1h]' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l payload -d 'A raw payload string, put in the token as it is' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l room-id -d 'Make a privilege token for this room (login and publish allowed unless denied)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l stream-id -d 'A stream the user may publish (repeatable); without it, any stream' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l mode -d 'The cipher mode: gcm (current) or cbc (legacy, unauthenticated) [default: the profile\'s, else gcm]' -r -f -a "gcm\t'AES-256-GCM, authenticated'
cbc\t'AES-256-CBC, legacy and not authenticated'"
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l token-version -d 'The token format: 04 (current) or 03 (older: always CBC, needs --room-id, no payload or stream ids)' -r -f -a "04\t'Token04, the current format'
03\t'Token03, the older format'"
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l user-name -d 'With --kit: the name the UIKit shows [default: the user id]' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l now -d 'The creation time instead of the clock: unix seconds or RFC 3339' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l format -d 'Print each token as TEMPLATE and a newline instead: placeholders are the fields of --json ({token}, {mode}, {app_id}, {user_id}, {nonce}, {ctime}, {expire}, {payload}, {version}); \\n and \\t are escapes, {{ and }} braces' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l no-login -d 'Deny logging in to the room'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l no-publish -d 'Deny publishing streams'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l kit -d 'Print a UIKit kit token (TOKEN#SUFFIX) for the web UIKit: the suffix names --user-id, --room-id (optional) and --user-name. The token inside carries privileges only when --no-login, --no-publish or --stream-id ask for them'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l json -d 'Print one JSON object instead of the bare token'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l qr -d 'Also draw the token as a QR code, for a phone\'s camera, on stderr: stdout still holds only the token. Refused (exit 2) if the code would not fit the terminal'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l input -d 'With --batch: read the tokens from FILE instead of stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l secret -d 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l secret-file -d 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l app-sign -d 'The AppSign (64 hex characters), only to name a token a faulty generator encrypted with it; never printed (prefer --app-sign-file or ZEGO_APP_SIGN)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l app-sign-file -d 'Read the AppSign from a file (`-`: stdin)' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l now -d 'Evaluate times as if it were then: unix seconds or RFC 3339' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l batch -d 'Read many tokens, one per line, and print one result per line'
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l json -d 'Print one JSON object'
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l raw -d 'Print the decrypted claims exactly as the generator wrote them (needs the ServerSecret)'
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l input -d 'With --batch: read the tokens from FILE instead of stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l secret -d 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l secret-file -d 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l app-sign -d 'The AppSign (64 hex characters), only to name a token a faulty generator encrypted with it; never printed (prefer --app-sign-file or ZEGO_APP_SIGN)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l app-sign-file -d 'Read the AppSign from a file (`-`: stdin)' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l now -d 'Evaluate times as if it were then: unix seconds or RFC 3339' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l app-id -d 'The AppID the token must be for (else the profile\'s, if any)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l user-id -d 'The user the token must be for' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l room-id -d 'The room its privilege payload must name' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l require -d 'A privilege the payload must allow (repeatable)' -r -f -a "login\t'Log in to the room'
publish\t'Publish streams'"
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l leeway -d 'Clock difference to forgive at both ends of the lifetime' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l batch -d 'Read many tokens, one per line, and print one result per line'
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l json -d 'Print one JSON object'
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -s q -l quiet -d 'Print nothing; only set the exit code'
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and not __fish_seen_subcommand_from add list ls remove rm default help" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and not __fish_seen_subcommand_from add list ls remove rm default help" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and not __fish_seen_subcommand_from add list ls remove rm default help" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and not __fish_seen_subcommand_from add list ls remove rm default help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and not __fish_seen_subcommand_from add list ls remove rm default help" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and not __fish_seen_subcommand_from add list ls remove rm default help" -f -a "add" -d 'Save a profile: an AppID, where its ServerSecret is, and defaults'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and not __fish_seen_subcommand_from add list ls remove rm default help" -f -a "list" -d 'List the profiles and where their secrets come from (never the secrets)'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and not __fish_seen_subcommand_from add list ls remove rm default help" -f -a "ls" -d 'List the profiles and where their secrets come from (never the secrets)'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and not __fish_seen_subcommand_from add list ls remove rm default help" -f -a "remove" -d 'Delete a profile (its secret file stays)'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and not __fish_seen_subcommand_from add list ls remove rm default help" -f -a "rm" -d 'Delete a profile (its secret file stays)'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and not __fish_seen_subcommand_from add list ls remove rm default help" -f -a "default" -d 'Choose the profile used when none is named; without NAME, print it'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and not __fish_seen_subcommand_from add list ls remove rm default help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -l app-id -d 'The AppID from the ZEGOCLOUD console' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -l secret-file -d 'The file holding the ServerSecret: its path is saved, not the secret (preferred). Without it, the secret is read from stdin or asked for, and saved in the config file' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -l callback-secret-file -d 'The file holding the CallbackSecret, for `zego-token callback`: its path is saved, not the secret' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -l effective-time -l ttl -d 'The default lifetime of tokens made with this profile' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -l mode -d 'The default cipher mode of tokens made with this profile' -r -f -a "gcm\t'AES-256-GCM, authenticated'
cbc\t'AES-256-CBC, legacy and not authenticated'"
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-secret -d 'Save no secret: it will come from --secret, --secret-file or ZEGO_SERVER_SECRET'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -l default -d 'Make it the default profile (the first profile always is)'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -l force -d 'Replace the profile of that name, if there is one'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from ls" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from ls" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from ls" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from rm" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from rm" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from rm" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from default" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from default" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from default" -l unset -d 'Have no default profile'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from default" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from default" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from default" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Save a profile: an AppID, where its ServerSecret is, and defaults'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles and where their secrets come from (never the secrets)'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a profile (its secret file stays)'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "default" -d 'Choose the profile used when none is named; without NAME, print it'
complete -c zego-token -n "__fish_zego_token_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l listen -d 'The address and port to listen on (a bare PORT or localhost:PORT is on 127.0.0.1). Any address but loopback needs an access key (one is generated when --access-key is not given)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l app-id -d 'The AppID of tokens whose request names none (else the profile\'s)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l secret -d 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l secret-file -d 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l effective-time -l ttl -d 'The lifetime of tokens whose request names none: seconds or with a unit (90s, 30m, 2h, 7d) [default: the profile\'s, else 1h]' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l mode -d 'The cipher mode of tokens whose request names none [default: the profile\'s, else gcm]' -r -f -a "gcm\t'AES-256-GCM, authenticated'
cbc\t'AES-256-CBC, legacy and not authenticated'"
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l access-key -d 'Require `Authorization: Bearer KEY` on /token and /api/* (at least 16 characters)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l cors-origin -d 'A web origin allowed to call the API from a browser, e.g. http://localhost:5173 (repeatable); no CORS headers without one' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l qr -d 'Print a QR code of the page\'s network URL (with a generated key) on stderr, for a phone on the same network; bound to loopback, say how to serve the network instead'
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l open -d 'Open the page in the default browser once the server listens (a failure to is a warning)'
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand serve" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l app-id -d 'The AppID from the ZEGOCLOUD console (or from the profile); with --check, the AppId the request must have' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l secret -d 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l secret-file -d 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l nonce -d 'The SignatureNonce [default: 8 random bytes as 16 hex characters]' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l now -d 'The Timestamp instead of the clock (with --check: the time to check against): unix seconds or RFC 3339' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l action -d 'Print the whole request URL for this API, e.g. DescribeUserNum' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l product -d 'The product whose API is called, named as its host is: rtc, zim, cloudrecord, whiteboard, docs, cloud-player, analytics, mini-game, auth, aieffectscgi, and on zegotech.cn aigc-aiagent (ai-agent), aigc-digitalhuman (digital-human), cloud-realtime-asr (asr)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l host -d 'A host ZEGO gave out privately instead of a product\'s, e.g. aigc-digitalhuman-api-sgp.zegotech.cn' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l region -d 'A regional endpoint instead of the unified one (resolved to the nearest)' -r -f -a "sha\t'Shanghai'
hkg\t'Hong Kong'
fra\t'Frankfurt'
lax\t'California'
bom\t'Mumbai'
sgp\t'Singapore'"
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l param -d 'A business parameter of the request (repeatable; repeated keys are kept, as array parameters need: RoomId[]=a RoomId[]=b)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l check -d 'Check a signed request URL (or its query string; `-` reads it from stdin) instead of signing one' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l json -d 'Print one JSON object'
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -s q -l quiet -d 'With --check: print nothing; only set the exit code'
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand sign" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and not __fish_seen_subcommand_from sign verify help" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and not __fish_seen_subcommand_from sign verify help" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and not __fish_seen_subcommand_from sign verify help" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and not __fish_seen_subcommand_from sign verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and not __fish_seen_subcommand_from sign verify help" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and not __fish_seen_subcommand_from sign verify help" -f -a "sign" -d 'Sign a timestamp and nonce, or make a whole signed sample body'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and not __fish_seen_subcommand_from sign verify help" -f -a "verify" -d 'Check the signature of a callback body (JSON, form- or URL-encoded)'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and not __fish_seen_subcommand_from sign verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -l callback-secret -d 'The CallbackSecret (visible to other users in `ps`: prefer --callback-secret-file or ZEGO_CALLBACK_SECRET on shared machines)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -l callback-secret-file -d 'Read the CallbackSecret from a file (a trailing newline is ignored); `-` reads it from stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -l nonce -d 'The nonce, as it will be sent [with --event: a fresh random one]' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -l timestamp -d 'The timestamp: digits are signed exactly as written (seconds, or milliseconds as the AI products send); RFC 3339 is converted [with --event: now]. --now is the same option' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -l event -d 'Print a whole signed sample body for this event, e.g. room_login' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -l param -d 'A field of the sample body (repeatable): KEY=VALUE for a string, KEY:=JSON for a number, boolean, array or object' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -l app-id -d 'The body\'s appid (else ZEGO_APP_ID or the profile\'s; left out when there is none)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -l capitalized -d 'The AI products\' convention: Signature, Timestamp, Nonce, AppId, Event, and a timestamp made from the clock or RFC 3339 in milliseconds'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -l url-encoded -d 'Print the sample body URL-encoded, as the AI products may post it'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from verify" -l callback-secret -d 'The CallbackSecret (visible to other users in `ps`: prefer --callback-secret-file or ZEGO_CALLBACK_SECRET on shared machines)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from verify" -l callback-secret-file -d 'Read the CallbackSecret from a file (a trailing newline is ignored); `-` reads it from stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from verify" -l max-age -d 'Reject callbacks whose timestamp is older than this (or this far in the future): 300, 5m, 1h. Millisecond timestamps are aged as such' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from verify" -l now -d 'Check the age as if it were then: unix seconds or RFC 3339' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from verify" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from verify" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from verify" -l json -d 'Print one JSON object'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing; only set the exit code'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from verify" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign a timestamp and nonce, or make a whole signed sample body'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the signature of a callback body (JSON, form- or URL-encoded)'
complete -c zego-token -n "__fish_zego_token_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c zego-token -n "__fish_zego_token_using_subcommand explain" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand explain" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand explain" -l list -d 'List every code known, sorted by code'
complete -c zego-token -n "__fish_zego_token_using_subcommand explain" -l json -d 'Print JSON: one object per code (`code`, `source`, `meaning`, `causes`, `check`, `fix`), an array with --list'
complete -c zego-token -n "__fish_zego_token_using_subcommand explain" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand explain" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand completions" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand completions" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand completions" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand completions" -s h -l help -d 'Print help'
complete -c zego-token -n "__fish_zego_token_using_subcommand completions" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand man" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand man" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand man" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand man" -s h -l help -d 'Print help'
complete -c zego-token -n "__fish_zego_token_using_subcommand man" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and not __fish_seen_subcommand_from sign check help" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and not __fish_seen_subcommand_from sign check help" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and not __fish_seen_subcommand_from sign check help" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and not __fish_seen_subcommand_from sign check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and not __fish_seen_subcommand_from sign check help" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and not __fish_seen_subcommand_from sign check help" -f -a "sign" -d 'Sign a stream (publish, play) or a file (recording, screenshot) for a CDN'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and not __fish_seen_subcommand_from sign check help" -f -a "check" -d 'Check a signed CDN URL and say why the CDN would refuse it'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and not __fish_seen_subcommand_from sign check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l cdn -d 'The CDN the stream is relayed to' -r -f -a "tencent\t'Tencent Cloud: txSecret, txTime (Chinese mainland)'
wangsu\t'Wangsu: wsSecret, wsABStime (Hong Kong, Macau, Taiwan, overseas)'
huawei\t'Huawei Cloud: hwSecret, hwTime (Chinese mainland)'"
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l use -d 'What the URL is for' -r -f -a "publish\t'Publishing a stream'
play\t'Playing a stream'
recording\t'Fetching a recording file'
screenshot\t'Fetching a screenshot'"
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l stream -d 'The stream ID (123, not /live/123); for recordings and screenshots the file\'s path on the CDN (/dir/123.mp4)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l expire-at -d 'When the URL expires: unix seconds or RFC 3339' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l ttl -d 'How long from now the URL stays valid: 3600, 30m, 2h, 7d' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l url -d 'Print the whole URL on this base (rtmp://push-tencent1.zego.im/live; for files scheme://host); without BASE, ZEGO\'s publish or play host of the CDN' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l extension -d 'With --url: the stream\'s format for HTTP play, e.g. flv or m3u8' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l trial-seconds -d 'Tencent recordings: seconds a viewer may watch as a trial (exper)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l max-ips -d 'Tencent recordings: how many IP addresses may fetch it, 1 to 9 (rlimit)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l tag -d 'Tencent recordings: a random tag that makes each URL unique (us)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l key -d 'The CDN\'s authentication key from the console (ZEGO CDN); visible to other users in `ps`: prefer --key-file or ZEGO_CDN_KEY on shared machines' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l key-file -d 'Read the CDN key from a file (a trailing newline is ignored); `-` reads it from stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l json -d 'Print one JSON object keyed by the parameters\' names'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from check" -l key -d 'The CDN\'s authentication key from the console (ZEGO CDN); visible to other users in `ps`: prefer --key-file or ZEGO_CDN_KEY on shared machines' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from check" -l key-file -d 'Read the CDN key from a file (a trailing newline is ignored); `-` reads it from stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from check" -l now -d 'Check as if it were then: unix seconds or RFC 3339' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from check" -l profile -d 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config\'s default); flags and the environment still win' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from check" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from check" -l json -d 'Print one JSON object'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print nothing; only set the exit code'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from check" -l no-profile -d 'Use no profile, not even the default one'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign a stream (publish, play) or a file (recording, screenshot) for a CDN'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a signed CDN URL and say why the CDN would refuse it'
complete -c zego-token -n "__fish_zego_token_using_subcommand cdn; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify profile serve sign callback explain completions man cdn help" -f -a "generate" -d 'Mint a token for a user'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify profile serve sign callback explain completions man cdn help" -f -a "decode" -d 'Show what a token holds; with the ServerSecret, its claims too'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify profile serve sign callback explain completions man cdn help" -f -a "verify" -d 'Check a token and explain every reason it would be rejected'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify profile serve sign callback explain completions man cdn help" -f -a "profile" -d 'Name an app\'s AppID and ServerSecret once: add, list, remove profiles'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify profile serve sign callback explain completions man cdn help" -f -a "serve" -d 'Serve tokens over HTTP for apps in development, with a Token Assistant page'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify profile serve sign callback explain completions man cdn help" -f -a "sign" -d 'Sign a server API request (print its public parameters or URL), or check one'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify profile serve sign callback explain completions man cdn help" -f -a "callback" -d 'Sign or verify the callbacks ZEGO posts to an app server'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify profile serve sign callback explain completions man cdn help" -f -a "explain" -d 'Explain a ZEGO SDK error code about tokens, or a server API code about signatures'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify profile serve sign callback explain completions man cdn help" -f -a "completions" -d 'Print a shell completion script'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify profile serve sign callback explain completions man cdn help" -f -a "man" -d 'Print the man page (roff)'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify profile serve sign callback explain completions man cdn help" -f -a "cdn" -d 'Sign or check CDN URL authentication (Tencent, Wangsu, Huawei)'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify profile serve sign callback explain completions man cdn help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Save a profile: an AppID, where its ServerSecret is, and defaults'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles and where their secrets come from (never the secrets)'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Delete a profile (its secret file stays)'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "default" -d 'Choose the profile used when none is named; without NAME, print it'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "sign" -d 'Sign a timestamp and nonce, or make a whole signed sample body'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "verify" -d 'Check the signature of a callback body (JSON, form- or URL-encoded)'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and __fish_seen_subcommand_from cdn" -f -a "sign" -d 'Sign a stream (publish, play) or a file (recording, screenshot) for a CDN'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and __fish_seen_subcommand_from cdn" -f -a "check" -d 'Check a signed CDN URL and say why the CDN would refuse it'
