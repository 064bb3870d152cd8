
use builtin;
use str;

set edit:completion:arg-completer[zego-token] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'zego-token'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'zego-token'= {
            cand --color 'When to color the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Mint a token for a user'
            cand decode 'Show what a token holds; with the ServerSecret, its claims too'
            cand verify 'Check a token and explain every reason it would be rejected'
            cand explain 'Explain a ZEGO SDK error code about tokens'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'zego-token;generate'= {
            cand --app-id 'The AppID from the ZEGOCLOUD console'
            cand --user-id 'The user the token is for (1 to 64 bytes)'
            cand --user-ids-from 'Mint one token per user id read from a file (`-`: stdin), one id per line, blank lines skipped; prints one token (or JSON object) per line'
            cand --secret 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)'
            cand --secret-file 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin'
            cand --effective-time 'How long the token lives: seconds (3600) or with a unit (90s, 30m, 2h, 7d)'
            cand --ttl 'How long the token lives: seconds (3600) or with a unit (90s, 30m, 2h, 7d)'
            cand --payload 'A raw payload string, put in the token as it is'
            cand --room-id 'Make a privilege token for this room (login and publish allowed unless denied)'
            cand --stream-id 'A stream the user may publish (repeatable); without it, any stream'
            cand --mode 'The cipher mode: gcm (current) or cbc (legacy, unauthenticated)'
            cand --now 'The creation time instead of the clock: unix seconds or RFC 3339'
            cand --color 'When to color the output'
            cand --no-login 'Deny logging in to the room'
            cand --no-publish 'Deny publishing streams'
            cand --json 'Print one JSON object instead of the bare token'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;decode'= {
            cand --input 'With --batch: read the tokens from FILE instead of stdin'
            cand --secret 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)'
            cand --secret-file 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin'
            cand --now 'Evaluate times as if it were then: unix seconds or RFC 3339'
            cand --color 'When to color the output'
            cand --batch 'Read many tokens, one per line, and print one result per line'
            cand --json 'Print one JSON object'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;verify'= {
            cand --input 'With --batch: read the tokens from FILE instead of stdin'
            cand --secret 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)'
            cand --secret-file 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin'
            cand --now 'Evaluate times as if it were then: unix seconds or RFC 3339'
            cand --app-id 'The AppID the token must be for'
            cand --user-id 'The user the token must be for'
            cand --room-id 'The room its privilege payload must name'
            cand --require 'A privilege the payload must allow (repeatable)'
            cand --leeway 'Clock difference to forgive at both ends of the lifetime'
            cand --color 'When to color the output'
            cand --batch 'Read many tokens, one per line, and print one result per line'
            cand --json 'Print one JSON object'
            cand -q 'Print nothing; only set the exit code'
            cand --quiet 'Print nothing; only set the exit code'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;explain'= {
            cand --color 'When to color the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;completions'= {
            cand --color 'When to color the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;man'= {
            cand --color 'When to color the output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;help'= {
            cand generate 'Mint a token for a user'
            cand decode 'Show what a token holds; with the ServerSecret, its claims too'
            cand verify 'Check a token and explain every reason it would be rejected'
            cand explain 'Explain a ZEGO SDK error code about tokens'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'zego-token;help;generate'= {
        }
        &'zego-token;help;decode'= {
        }
        &'zego-token;help;verify'= {
        }
        &'zego-token;help;explain'= {
        }
        &'zego-token;help;completions'= {
        }
        &'zego-token;help;man'= {
        }
        &'zego-token;help;help'= {
        }
    ]
    $completions[$command]
}
