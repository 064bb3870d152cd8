# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_zego_token_global_optspecs
    string join \n color= h/help V/version
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
complete -c zego-token -n "__fish_zego_token_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_needs_command" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "generate" -d 'Mint a token for a user'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "decode" -d 'Show what a token holds; with the ServerSecret, its claims too'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "verify" -d 'Check a token and explain every reason it would be rejected'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "explain" -d 'Explain a ZEGO SDK error code about tokens'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c zego-token -n "__fish_zego_token_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l app-id -d 'The AppID from the ZEGOCLOUD console' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l user-id -d 'The user the token is for (1 to 64 bytes)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l user-ids-from -d 'Mint one token per user id read from a file (`-`: stdin), one id per line, blank lines skipped; prints one token (or JSON object) per line' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l secret -d 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l secret-file -d 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l effective-time -l ttl -d 'How long the token lives: seconds (3600) or with a unit (90s, 30m, 2h, 7d)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l payload -d 'A raw payload string, put in the token as it is' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l room-id -d 'Make a privilege token for this room (login and publish allowed unless denied)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l stream-id -d 'A stream the user may publish (repeatable); without it, any stream' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l mode -d 'The cipher mode: gcm (current) or cbc (legacy, unauthenticated)' -r -f -a "gcm\t'AES-256-GCM, authenticated'
cbc\t'AES-256-CBC, legacy and not authenticated'"
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l now -d 'The creation time instead of the clock: unix seconds or RFC 3339' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l no-login -d 'Deny logging in to the room'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l no-publish -d 'Deny publishing streams'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -l json -d 'Print one JSON object instead of the bare token'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand generate" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l input -d 'With --batch: read the tokens from FILE instead of stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l secret -d 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l secret-file -d 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l now -d 'Evaluate times as if it were then: unix seconds or RFC 3339' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l batch -d 'Read many tokens, one per line, and print one result per line'
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -l json -d 'Print one JSON object'
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand decode" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l input -d 'With --batch: read the tokens from FILE instead of stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l secret -d 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l secret-file -d 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin' -r -F
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l now -d 'Evaluate times as if it were then: unix seconds or RFC 3339' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l app-id -d 'The AppID the token must be for' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l user-id -d 'The user the token must be for' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l room-id -d 'The room its privilege payload must name' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l require -d 'A privilege the payload must allow (repeatable)' -r -f -a "login\t'Log in to the room'
publish\t'Publish streams'"
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l leeway -d 'Clock difference to forgive at both ends of the lifetime' -r
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l batch -d 'Read many tokens, one per line, and print one result per line'
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -l json -d 'Print one JSON object'
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -s q -l quiet -d 'Print nothing; only set the exit code'
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand verify" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand explain" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand explain" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand completions" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand completions" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand man" -l color -d 'When to color the output' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c zego-token -n "__fish_zego_token_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c zego-token -n "__fish_zego_token_using_subcommand man" -s V -l version -d 'Print version'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify explain completions man help" -f -a "generate" -d 'Mint a token for a user'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify explain completions man help" -f -a "decode" -d 'Show what a token holds; with the ServerSecret, its claims too'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify explain completions man help" -f -a "verify" -d 'Check a token and explain every reason it would be rejected'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify explain completions man help" -f -a "explain" -d 'Explain a ZEGO SDK error code about tokens'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify explain completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify explain completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c zego-token -n "__fish_zego_token_using_subcommand help; and not __fish_seen_subcommand_from generate decode verify explain completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
