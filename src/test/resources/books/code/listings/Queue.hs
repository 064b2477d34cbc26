module Queue where

-- start snippet queue
data Queue a = Queue [a] [a]

push :: a -> Queue a -> Queue a
push x (Queue f b) = Queue f (x : b)
-- end snippet queue
