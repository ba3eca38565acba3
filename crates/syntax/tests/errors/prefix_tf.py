x = tf'a'
